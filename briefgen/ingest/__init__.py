"""Reading articles: finding the files (:mod:`.files`), decoding them (:mod:`.decode`), one
:class:`~briefgen.ingest.readers.Reader` per input kind (:mod:`.readers`), their headers and front
matter (:mod:`.header`), titles (:mod:`.titles`), and the sources of a build (:mod:`.sources`)."""

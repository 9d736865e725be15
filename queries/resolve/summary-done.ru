# Update: the documents given are summarized (kg.resolve.view): their dip:summaryPending goes.
# The #[values] line is filled with the documents.
PREFIX dip: <https://w3id.org/kg/diplomacy#>
DELETE { GRAPH ?doc { ?doc dip:summaryPending ?flag } }
WHERE {
  #[values] VALUES ?doc { {values} }
  GRAPH ?doc { ?doc dip:summaryPending ?flag }
}

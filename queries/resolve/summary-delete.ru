# Update: remove the summary nodes given (kg.resolve.view) with every triple they have, before the
# recomputed ones are inserted. The #[values] line is filled with the nodes.
DELETE { GRAPH ?graph { ?node ?p ?o } }
WHERE {
  #[values] VALUES ?node { {values} }
  GRAPH ?graph { ?node ?p ?o }
}

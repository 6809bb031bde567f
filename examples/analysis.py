"""Three questions an analyst asks of a cooperation graph, answered in a few lines.

Run from the repository root:  python examples/analysis.py [GRAPH_OR_FACTS...]
Without arguments it builds the graph of the bundled example facts.
"""
import sys
from pathlib import Path

import networkx as nx

import kg

inputs = sys.argv[1:] or [Path(__file__).parent / "facts"]
if all(str(p).endswith((".ttl", ".nt", ".nq", ".trig", ".jsonld")) for p in inputs):
    graph = kg.read_graph(inputs)
else:
    graph = kg.build_graph(kg.read_facts(inputs))

# 1. Which states sit at the centre of the cooperation network?
states = kg.to_networkx(graph, view="states")
print("1. Most connected states (shared meetings):")
for row in kg.analysis.central_states(states, top=5):
    print(f"   {row['state']}: {row['degree']:.2f} degree centrality, {row['weighted_degree']} meetings with partners "
          f"counted per partner, betweenness {row['betweenness']}")

# 2. Which documents did each state put forward, and how far did they get?
print("2. Proposals and their fate:")
for proposer, document, doc_type, status in kg.query(graph, "document-proposers").values():
    print(f"   {proposer} proposed the {doc_type} '{document}': {status}")

# 3. Which meetings did more than one source report (and so stand on firmer ground)?
print("3. Meetings confirmed by several articles:")
for event, date, event_type, sources in kg.query(graph, "events-by-sources").values():
    print(f"   {event_type} of {date}: {sources} articles ({event.rsplit('/', 1)[-1]})")

# And one networkx call for good measure: how tightly knit is the network?
if states.number_of_nodes() > 1:
    print(f"Density of the state network: {nx.density(states):.3f}")

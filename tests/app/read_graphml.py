#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Reads a GraphML file as Cytoscape's and Gephi's users would script it, with networkx and
igraph (and yEd's node drawing with ElementTree), and prints what each found as JSON: every
attribute with the Python type it got. Used by tests/app/tst_graphmlexport.cpp."""

import json, math, sys
import xml.etree.ElementTree as ET
import networkx as nx
import igraph as ig

path = sys.argv[1]
g = nx.read_graphml(path)
typed = lambda d: {k: [type(v).__name__, v] for k, v in d.items()}
out = {"graph": typed(g.graph), "nodes": {}, "edges": {}}
for n, d in g.nodes(data=True):
    out["nodes"][n] = typed(d)
for u, v, d in g.edges(data=True):
    out["edges"][u + ">" + v] = typed(d)

h = ig.Graph.Read_GraphML(path)
# igraph gives a missing number as NaN, which JSON cannot hold.
plain = lambda v: None if isinstance(v, float) and math.isnan(v) else v
out["igraph"] = {"vertices": h.vcount(), "edges": h.ecount(),
                 "vertex": {h.vs[i]["id"]: {a: plain(h.vs[i][a]) for a in h.vs.attributes()}
                            for i in range(h.vcount())}}

ns = {"g": "http://graphml.graphdrawing.org/xmlns", "y": "http://www.yworks.com/xml/graphml"}
yed = {}
for node in ET.parse(path).getroot().iter("{%s}node" % ns["g"]):
    shape = node.find("g:data[@key='graphics']/y:ShapeNode", ns)
    if shape is None:
        continue
    geometry = shape.find("y:Geometry", ns)
    yed[node.get("id")] = {
        "label": shape.find("y:NodeLabel", ns).text,
        "fill": shape.find("y:Fill", ns).get("color"),
        "width": float(geometry.get("width")),
        "height": float(geometry.get("height")),
        "shape": shape.find("y:Shape", ns).get("type"),
    }
out["yed"] = yed
print(json.dumps(out))

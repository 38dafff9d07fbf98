print("ruleatlas-bench: not built yet")

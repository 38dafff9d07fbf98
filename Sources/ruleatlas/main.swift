print("ruleatlas: not built yet")

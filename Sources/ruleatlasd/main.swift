print("ruleatlasd: not built yet")

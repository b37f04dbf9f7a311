#!/usr/bin/env bash
python3 -c 'import json; d = json.load(open("/workspace/app.json")); d["retries"] = 1096; d["owner"]["team"] = "willow"; json.dump(d, open("/workspace/app.json", "w"))'

#!/usr/bin/env bash
python3 -c 'import json; d = json.load(open("/workspace/config.json")); d["retries"] = 2018; d["limits"]["memory"] = 639; json.dump(d, open("/workspace/config.json", "w"))'

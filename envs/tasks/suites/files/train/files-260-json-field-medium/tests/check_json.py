import json
import sys

wanted = json.loads("{\"port\": 1150, \"mode\": \"island\", \"owner\": {\"name\": \"sunny\", \"team\": \"delta\"}, \"server\": {\"host\": \"cloud\", \"port\": 3294}}")
try:
    with open('/workspace/service.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

import json
import sys

wanted = json.loads("{\"mode\": \"coral\", \"retries\": 2, \"port\": 3826, \"limits\": {\"cpu\": 948, \"memory\": 4169}, \"owner\": {\"name\": \"river\", \"team\": \"nectar\"}}")
try:
    with open('/workspace/settings.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

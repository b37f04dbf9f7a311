import json
import sys

wanted = json.loads("{\"timeout\": 3939, \"name\": \"lotus\", \"mode\": \"timber\", \"owner\": {\"name\": \"timber\", \"team\": \"lantern\"}}")
try:
    with open('/workspace/service.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

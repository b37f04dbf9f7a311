import json
import sys

wanted = json.loads("{\"name\": \"timber\", \"mode\": \"willow\", \"port\": 1073, \"timeout\": 151, \"owner\": {\"name\": \"meadow\", \"team\": \"lemon\"}, \"server\": {\"host\": \"nectar\", \"port\": 1549}}")
try:
    with open('/workspace/config.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

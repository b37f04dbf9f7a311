import json
import sys

wanted = json.loads("{\"mode\": \"amber\", \"retries\": 8, \"name\": \"kettle\", \"port\": 2591, \"server\": {\"host\": \"cloud\", \"port\": 5603}, \"owner\": {\"name\": \"lemon\", \"team\": \"island\"}}")
try:
    with open('/workspace/settings.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

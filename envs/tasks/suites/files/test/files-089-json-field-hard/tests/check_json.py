import json
import sys

wanted = json.loads("{\"mode\": \"ember\", \"port\": 1230, \"name\": \"kettle\", \"retries\": 2134, \"server\": {\"host\": \"stone\", \"port\": 7316}}")
try:
    with open('/workspace/settings.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

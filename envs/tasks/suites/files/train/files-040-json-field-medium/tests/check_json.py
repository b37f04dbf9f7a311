import json
import sys

wanted = json.loads("{\"retries\": 6, \"timeout\": 62, \"server\": {\"host\": \"cedar\", \"port\": 8202}}")
try:
    with open('/workspace/settings.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

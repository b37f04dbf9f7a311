import json
import sys

wanted = json.loads("{\"name\": \"cedar\", \"mode\": \"cobalt\", \"retries\": 6118, \"port\": 4023}")
try:
    with open('/workspace/config.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

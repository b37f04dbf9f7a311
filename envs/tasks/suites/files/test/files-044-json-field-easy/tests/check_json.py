import json
import sys

wanted = json.loads("{\"port\": 8707, \"mode\": \"willow\"}")
try:
    with open('/workspace/config.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

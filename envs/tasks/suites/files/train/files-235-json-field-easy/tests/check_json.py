import json
import sys

wanted = json.loads("{\"mode\": \"ember\", \"name\": \"falcon\"}")
try:
    with open('/workspace/config.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

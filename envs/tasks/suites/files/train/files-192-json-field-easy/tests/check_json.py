import json
import sys

wanted = json.loads("{\"timeout\": 1932, \"name\": \"lantern\"}")
try:
    with open('/workspace/config.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

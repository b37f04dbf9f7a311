import json
import sys

wanted = json.loads("{\"port\": 6790, \"mode\": \"stone\", \"limits\": {\"cpu\": 2510, \"memory\": 1452}}")
try:
    with open('/workspace/config.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

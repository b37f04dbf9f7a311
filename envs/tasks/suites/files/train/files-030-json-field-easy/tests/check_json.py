import json
import sys

wanted = json.loads("{\"port\": 2296, \"name\": \"nectar\", \"timeout\": 1558, \"retries\": 3}")
try:
    with open('/workspace/service.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

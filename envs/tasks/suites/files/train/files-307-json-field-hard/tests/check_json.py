import json
import sys

wanted = json.loads("{\"timeout\": 62, \"name\": \"tiger\", \"port\": 2453, \"retries\": 6, \"server\": {\"host\": \"jasper\", \"port\": 4121}, \"limits\": {\"cpu\": 3399, \"memory\": 9144}}")
try:
    with open('/workspace/service.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

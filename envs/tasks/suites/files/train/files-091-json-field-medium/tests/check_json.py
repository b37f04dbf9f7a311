import json
import sys

wanted = json.loads("{\"timeout\": 194, \"retries\": 1, \"mode\": \"velvet\", \"port\": 7057, \"server\": {\"host\": \"kettle\", \"port\": 3175}}")
try:
    with open('/workspace/config.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

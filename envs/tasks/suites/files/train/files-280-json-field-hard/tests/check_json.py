import json
import sys

wanted = json.loads("{\"mode\": \"kettle\", \"name\": \"harbor\", \"retries\": 5, \"port\": 4011, \"owner\": {\"name\": \"nectar\", \"team\": \"stone\"}, \"server\": {\"host\": \"olive\", \"port\": 8456}}")
try:
    with open('/workspace/service.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

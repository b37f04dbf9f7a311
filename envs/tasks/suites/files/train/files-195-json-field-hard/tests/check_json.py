import json
import sys

wanted = json.loads("{\"port\": 7865, \"name\": \"raven\", \"server\": {\"host\": \"lantern\", \"port\": 4970}, \"limits\": {\"cpu\": 1166, \"memory\": 9152}}")
try:
    with open('/workspace/service.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

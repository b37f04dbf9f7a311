import json
import sys

wanted = json.loads("{\"retries\": 7, \"name\": \"harbor\", \"mode\": \"lotus\", \"port\": 3821, \"limits\": {\"cpu\": 5136, \"memory\": 87}, \"server\": {\"host\": \"amber\", \"port\": 6717}}")
try:
    with open('/workspace/app.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

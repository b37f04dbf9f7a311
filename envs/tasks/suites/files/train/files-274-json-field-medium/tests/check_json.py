import json
import sys

wanted = json.loads("{\"retries\": 5, \"name\": \"sunny\", \"mode\": \"brick\", \"server\": {\"host\": \"pepper\", \"port\": 206}, \"limits\": {\"cpu\": 20, \"memory\": 5096}}")
try:
    with open('/workspace/app.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

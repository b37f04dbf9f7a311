import json
import sys

wanted = json.loads("{\"port\": 8579, \"retries\": 5, \"name\": \"apple\", \"timeout\": 53, \"server\": {\"host\": \"meadow\", \"port\": 974}, \"limits\": {\"cpu\": 8955, \"memory\": 69}}")
try:
    with open('/workspace/app.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

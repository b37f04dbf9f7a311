import json
import sys

wanted = json.loads("{\"mode\": \"cedar\", \"timeout\": 64, \"port\": 7793, \"server\": {\"host\": \"pepper\", \"port\": 7116}, \"limits\": {\"cpu\": 162, \"memory\": 6719}}")
try:
    with open('/workspace/service.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

import json
import sys

wanted = json.loads("{\"timeout\": 132, \"port\": 6210, \"server\": {\"host\": \"delta\", \"port\": 9831}}")
try:
    with open('/workspace/app.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

import json
import sys

wanted = json.loads("{\"port\": 1870, \"name\": \"harbor\", \"retries\": 9, \"limits\": {\"cpu\": 2827, \"memory\": 948}}")
try:
    with open('/workspace/app.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

import json
import sys

wanted = json.loads("{\"mode\": \"tiger\", \"timeout\": 149, \"name\": \"cedar\", \"port\": 3399, \"limits\": {\"cpu\": 7870, \"memory\": 4935}}")
try:
    with open('/workspace/service.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

import json
import sys

wanted = json.loads("{\"timeout\": 132, \"mode\": \"sunny\", \"port\": 5523, \"retries\": 7, \"owner\": {\"name\": \"harbor\", \"team\": \"lemon\"}, \"limits\": {\"cpu\": 3609, \"memory\": 6675}}")
try:
    with open('/workspace/service.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

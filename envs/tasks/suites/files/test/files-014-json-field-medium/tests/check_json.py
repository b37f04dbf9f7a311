import json
import sys

wanted = json.loads("{\"port\": 2296, \"name\": \"nectar\", \"timeout\": 229, \"retries\": 3, \"limits\": {\"cpu\": 270, \"memory\": 2266}, \"owner\": {\"name\": \"willow\", \"team\": \"falcon\"}}")
try:
    with open('/workspace/settings.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

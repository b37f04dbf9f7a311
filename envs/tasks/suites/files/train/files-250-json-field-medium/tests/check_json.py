import json
import sys

wanted = json.loads("{\"timeout\": 247, \"name\": \"nectar\", \"port\": 8114, \"limits\": {\"cpu\": 2870, \"memory\": 633}, \"server\": {\"host\": \"mango\", \"port\": 8684}}")
try:
    with open('/workspace/config.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

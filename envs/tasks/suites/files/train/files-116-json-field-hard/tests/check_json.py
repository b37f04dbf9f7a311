import json
import sys

wanted = json.loads("{\"timeout\": 71, \"retries\": 2018, \"port\": 2297, \"mode\": \"island\", \"limits\": {\"cpu\": 6714, \"memory\": 639}, \"server\": {\"host\": \"kettle\", \"port\": 9653}}")
try:
    with open('/workspace/config.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

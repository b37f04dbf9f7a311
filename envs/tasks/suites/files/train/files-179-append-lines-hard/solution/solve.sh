#!/usr/bin/env bash
printf '%s\n' 'maple 51' 'cloud 40' 'willow 242' 'falcon 952' >> /workspace/sunny.txt

#!/usr/bin/env bash
tail -n 3 /workspace/falcon.txt > /workspace/harbor.txt

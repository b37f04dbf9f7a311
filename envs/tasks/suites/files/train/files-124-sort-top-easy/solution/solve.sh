#!/usr/bin/env bash
sort /workspace/mango.txt | head -n 2 > /workspace/falcon.txt

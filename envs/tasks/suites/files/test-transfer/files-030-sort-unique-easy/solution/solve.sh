#!/usr/bin/env bash
sort -u /workspace/falcon.txt > /workspace/mango.txt

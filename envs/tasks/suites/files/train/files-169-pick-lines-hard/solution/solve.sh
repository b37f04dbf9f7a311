#!/usr/bin/env bash
sed -n '16,24p' /workspace/delta.txt > /workspace/falcon.txt

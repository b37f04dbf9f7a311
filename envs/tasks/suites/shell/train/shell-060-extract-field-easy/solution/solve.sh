#!/usr/bin/env bash
grep delete /workspace/requests.log | cut -d' ' -f2 > /workspace/answer.txt

#!/usr/bin/env bash
grep ERROR /workspace/service.log | grep -vc db > /workspace/answer.txt

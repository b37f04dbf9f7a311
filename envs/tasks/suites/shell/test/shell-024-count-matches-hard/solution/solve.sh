#!/usr/bin/env bash
grep ERROR /workspace/server.log | grep -vc queue > /workspace/answer.txt

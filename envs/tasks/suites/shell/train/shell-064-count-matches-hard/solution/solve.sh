#!/usr/bin/env bash
grep ERROR /workspace/service.log | grep -vc billing > /workspace/answer.txt

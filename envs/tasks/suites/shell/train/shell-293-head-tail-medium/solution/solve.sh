#!/usr/bin/env bash
tail -n 9 /workspace/service.log > /workspace/answer.txt

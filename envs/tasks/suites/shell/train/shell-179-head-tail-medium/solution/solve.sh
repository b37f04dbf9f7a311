#!/usr/bin/env bash
tail -n 3 /workspace/service.log > /workspace/answer.txt

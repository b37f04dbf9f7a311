#!/usr/bin/env bash
tail -n 6 /workspace/service.log > /workspace/answer.txt
